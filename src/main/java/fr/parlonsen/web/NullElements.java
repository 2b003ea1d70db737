package fr.parlonsen.web;

import fr.parlonsen.kernel.Violation;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body the API reads is refused (400) when a list in it (at any depth) holds a null
 * ({@code "sources":[null]}): no service has to guard against it, and none answers 500 for it.
 */
@Provider
public class NullElements implements ReaderInterceptor {
    private static final int MAX_DEPTH = 24;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        Object body = ctx.proceed();
        String where = firstNull(body, "", 0);
        if (where != null) {
            String field = where.startsWith(".") ? where.substring(1) : where;
            throw new AppException(400, "Requête invalide", "Valeur vide (null) non admise dans une liste : champ « "
                    + field + " ».", List.of(new Violation(field, "Valeur vide (null) non admise.")));
        }
        return body;
    }

    /** The path of the first null element of a list or map, or null when there is none. */
    static String firstNull(Object o, String path, int depth) {
        if (o == null || depth > MAX_DEPTH) {
            return null;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                if (e == null) {
                    return path + "[" + i + "]";
                }
                String inner = firstNull(e, path + "[" + i + "]", depth + 1);
                if (inner != null) {
                    return inner;
                }
                i++;
            }
            return null;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String p = path + "." + e.getKey();
                String inner = firstNull(e.getValue(), p, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        Class<?> type = o.getClass();
        if (type.isRecord() && type.getName().startsWith("fr.parlonsen.")) {
            for (RecordComponent rc : type.getRecordComponents()) {
                Object value;
                try {
                    value = rc.getAccessor().invoke(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                String inner = firstNull(value, path + "." + rc.getName(), depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
