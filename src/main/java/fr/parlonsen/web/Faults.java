package fr.parlonsen.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URISyntaxException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a failure means for the client, decided once for every route (REST resources and the Vert.x handlers in
 * front of them alike): bad input (400, 413, 415), a concurrent change (409, 412), the database not answering
 * (503). Anything else is a bug: 500 with a reference, never a stack trace.
 */
public final class Faults {
    private Faults() {
    }

    /** A client-facing answer: status, French title and detail, seconds for Retry-After (0: none). */
    public record Fault(int status, String title, String detail, int retryAfter) {
    }

    public static final String UNAVAILABLE_TITLE = "Service momentanément indisponible";

    /**
     * @param conditional the request carried If-Match: a concurrent change then is 412 (the version it named is
     *                    no longer current), otherwise 409
     */
    public static Optional<Fault> classify(Throwable e, boolean conditional) {
        for (int pass = 0; pass < 2; pass++) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Fault f = pass == 0 ? database(t, conditional) : input(t);
                if (f != null) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Fault database(Throwable t, boolean conditional) {
        String lower = lower(t);
        String type = t.getClass().getName();

        // -- the database does not answer (down, restarting, network): nothing was written, try again
        if (unavailable(t, lower, type)) {
            return new Fault(503, UNAVAILABLE_TITLE, "La base de données ne répond pas pour le moment : rien n'a été "
                    + "enregistré par cette demande. Réessayez dans quelques secondes.", 5);
        }
        if (t instanceof SQLTransientConnectionException || lower.contains("acquisition timeout")) {
            return new Fault(503, "Service momentanément surchargé",
                    "Trop de demandes simultanées : réessayez dans quelques secondes. Rien n'a été perdu.", 5);
        }
        // -- concurrency: another request changed or created the same thing at the same moment
        if (t instanceof SQLException sql) {
            int code = sql.getErrorCode();
            if ("45000".equals(sql.getSQLState())) {
                return new Fault(409, "Conflit", "Ce contenu est figé (version transmise) : il ne peut plus être "
                        + "modifié. Rien n'a été changé.", 0);
            }
            if (code == 1062 || (t instanceof SQLIntegrityConstraintViolationException && lower.contains("duplicate"))) {
                return new Fault(409, "Conflit", "Cet élément existe déjà (il vient peut-être d'être créé par une "
                        + "autre demande) : rechargez avant de recommencer.", 0);
            }
            if (code == 1451 || code == 1452 || t instanceof SQLIntegrityConstraintViolationException) {
                return new Fault(409, "Conflit", "Cette modification contredit des données liées (modifiées ou "
                        + "supprimées entre-temps) : rien n'a été enregistré.", 0);
            }
            if (code == 1213 || code == 1205 || t instanceof SQLTransactionRollbackException
                    || "40001".equals(sql.getSQLState())) {
                return concurrent(conditional, 1);
            }
        }
        if (type.endsWith("StaleStateException") || type.endsWith("StaleObjectStateException")
                || type.endsWith("OptimisticLockException") || type.endsWith("PessimisticLockException")
                || type.endsWith("LockAcquisitionException") || type.endsWith("LockTimeoutException")
                || lower.contains("deadlock found")) {
            return concurrent(conditional, 1);
        }
        return null;
    }

    private static String lower(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }

    /** Bad input that the HTTP layers below the resources (or a parser in them) could not read. */
    private static Fault input(Throwable t) {
        String lower = lower(t);
        String type = t.getClass().getName();
        if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException
                || t instanceof java.io.UnsupportedEncodingException) {
            return new Fault(415, "Type de contenu non pris en charge", "Le jeu de caractères indiqué dans "
                    + "Content-Type n'est pas pris en charge : envoyez le contenu en UTF-8.", 0);
        }
        if (lower.contains("param limit of") || lower.contains("too many form")
                || lower.contains("size exceed") || lower.contains("too large")) {
            return new Fault(413, "Contenu trop volumineux", "Le formulaire envoyé compte trop de champs ou dépasse "
                    + "la taille autorisée.", 0);
        }
        if (lower.contains("failed to decode url") || lower.contains("urldecoder")
                || (t instanceof IllegalArgumentException && lower.contains("escape (%)"))) {
            return new Fault(400, "Requête invalide", "Le formulaire contient un caractère mal encodé (séquence % "
                    + "invalide) : renvoyez-le depuis la page.", 0);
        }
        if (lower.contains("multipart")) {
            return new Fault(400, "Requête invalide", "L'envoi du fichier est incomplet ou mal formé "
                    + "(multipart/form-data) : renvoyez-le.", 0);
        }
        if (lower.startsWith("illegal base64") || lower.contains("base64")
                || (lower.startsWith("input byte array") || lower.startsWith("last unit does not have"))) {
            return new Fault(400, "Requête invalide", "Un en-tête ou un champ encodé en base64 (par exemple "
                    + "Authorization: Basic) est mal formé.", 0);
        }
        if (t instanceof URISyntaxException || lower.startsWith("illegal character in")) {
            return new Fault(400, "Requête invalide", "L'adresse demandée contient un caractère non autorisé.", 0);
        }
        if (type.startsWith("com.fasterxml.jackson.") || type.equals("io.vertx.core.json.DecodeException")) {
            return new Fault(400, "Requête invalide", "Le corps de la requête n'est pas un JSON valide.", 0);
        }
        if (whileDecoding(t)) {
            return new Fault(400, "Requête invalide", "Le corps ou les en-têtes de la requête n'ont pas pu être lus "
                    + "(formulaire, envoi de fichier ou en-tête mal formé).", 0);
        }
        if (t instanceof DateTimeException || t instanceof IllegalArgumentException) {
            // a value the client sent that some parser refused (a date, a number, an enum, a path segment)
            return new Fault(400, "Requête invalide", "Une valeur de la requête n'a pas pu être lue.", 0);
        }
        return null;
    }

    /** Frames of the code that decodes what the client sent: a failure there is the request's, not a bug of ours. */
    private static final java.util.List<String> DECODERS = java.util.List.of("multipart.", "FormBodyHandler",
            "FormEncodedData", "FormUrlEncoded", "FormParserFactory", "common.headers.HeaderUtil", "URLUtils",
            "MessageReaderUtil", "io.netty.handler.codec.", "BasicAuthenticationMechanism",
            "FormAuthenticationMechanism", "io.vertx.ext.web.handler.impl.BodyHandlerImpl");

    static boolean whileDecoding(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
            String c = frames[i].getClassName();
            if (c.startsWith("fr.parlonsen.")) {
                return false;
            }
            for (String d : DECODERS) {
                if (c.contains(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Fault concurrent(boolean conditional, int retryAfter) {
        if (conditional) {
            return new Fault(412, "Version périmée", "Ce contenu a été modifié en même temps par quelqu'un d'autre : "
                    + "rien n'a été écrasé. Relisez la version actuelle avant d'enregistrer.", 0);
        }
        return new Fault(409, "Conflit", "Une autre demande modifiait les mêmes données au même moment : rien n'a "
                + "été enregistré par celle-ci. Réessayez.", retryAfter);
    }

    static boolean unavailable(Throwable t, String lower, String type) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || type.endsWith("JDBCConnectionException")) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        if (t instanceof SocketException && !lower.contains("client")) {
            return true;
        }
        return lower.contains("communications link failure") || lower.contains("could not connect to address")
                || lower.contains("connection refused") || lower.contains("unable to acquire jdbc connection")
                || (lower.contains("socket") && lower.contains("closed") && t instanceof SQLException);
    }
}
