package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.platform.control.TableExport;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** File downloads of tables for p:fileDownload: the rows are read while the response is written. */
public final class Downloads {

    /** Rows for an export, produced when the download is written (never kept in the view state). */
    public interface Rows extends Supplier<Iterator<List<Object>>>, Serializable {
    }

    private Downloads() {
    }

    /** e.g. "completion-2026-11-27.xlsx"; names are ASCII so every browser keeps them. */
    public static StreamedContent table(TableExport.Format format, String fileBase, String sheetName,
                                        List<String> headers, Rows rows) {
        List<String> heads = List.copyOf(headers);
        return DefaultStreamedContent.builder()
                .name(fileBase + "-" + LocalDate.now(ClockProducer.ZONE) + "." + format.extension())
                .contentType(format.contentType())
                .writer(out -> {
                    try {
                        TableExport.write(format, sheetName, heads, rows.get(), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
