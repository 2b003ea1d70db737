package fr.parlonsen.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP package (DOCX, ODT) so that its bytes depend only on its contents: entries in a
 * stable order, all dated at one given day 00:00, no extra fields, no comments. Entries that were
 * stored uncompressed stay so (ODF requires it of {@code mimetype}).
 */
final class DeterministicZip {

    private DeterministicZip() {
    }

    private record Entry(String name, byte[] data, boolean stored) {
    }

    /**
     * @param firstNames entries that must come first, in this order (e.g. {@code mimetype});
     *                   the others follow sorted by name
     */
    static byte[] normalize(byte[] zip, LocalDate date, List<String> firstNames) {
        List<Entry> entries = read(zip);
        entries.sort(Comparator.<Entry>comparingInt(e -> rank(firstNames, e.name())).thenComparing(Entry::name));
        LocalDateTime time = date.atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream zos = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                ZipEntry ze = new ZipEntry(entry.name());
                ze.setTimeLocal(time);
                if (entry.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.data());
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(entry.data().length);
                    ze.setCompressedSize(entry.data().length);
                    ze.setCrc(crc.getValue());
                } else {
                    ze.setMethod(ZipEntry.DEFLATED);
                }
                zos.putNextEntry(ze);
                zos.write(entry.data());
                zos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int rank(List<String> firstNames, String name) {
        int index = firstNames.indexOf(name);
        return index < 0 ? firstNames.size() : index;
    }

    private static List<Entry> read(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry ze = in.getNextEntry(); ze != null; ze = in.getNextEntry()) {
                if (!ze.isDirectory()) {
                    entries.add(new Entry(ze.getName(), in.readAllBytes(), ze.getMethod() == ZipEntry.STORED));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
