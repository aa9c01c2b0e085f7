package org.childsafe.report.triage.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.childsafe.report.triage.application.CaseFile;

/**
 * Renders one case as PDF (OpenPDF) for a counselor: facts, what the reporter wrote, the thread, internal notes and
 * the chronology. Every page carries a diagonal watermark and a footer naming who exported it and when, so a
 * printed or forwarded copy points back to its source. Text is set in Liberation Sans (embedded, from
 * {@code openpdf-fonts-extra}), which covers Vietnamese.
 */
public final class CasePdf {

    private static final String FONT = "/liberation/LiberationSans-Regular.ttf";

    private CasePdf() {
    }

    /**
     * @param file     the case as the counselor sees it
     * @param exporter who exports (shown in the watermark)
     * @param at       when
     * @param locale   the counselor's language
     */
    public static byte[] render(CaseFile file, String exporter, Instant at, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("org.childsafe.report.i18n.messages", locale);
        String watermark = MessageFormat.format(text.getString("triage.pdf.watermark"), exporter, at.toString());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = font();
            Font body = new Font(base, 10);
            Font heading = new Font(base, 13, Font.BOLD);
            Document document = new Document(PageSize.A4, 48, 48, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Watermark(base, watermark));
            document.open();
            document.add(new Paragraph(MessageFormat.format(text.getString("triage.case.title"), file.row().code()), heading));
            document.add(new Paragraph(text.getString("triage.col.status") + ": "
                    + text.getString("triage.status." + file.row().status().name()) + " · "
                    + text.getString("triage.col.priority") + ": "
                    + text.getString("triage.priority." + file.row().priority().name()), body));
            document.add(new Paragraph(text.getString("triage.col.received") + ": " + file.row().createdAt(), body));
            section(document, heading, text.getString("triage.case.content"));
            CaseFile.Content c = file.content();
            line(document, body, text.getString("triage.content.what"), c.whatHappened());
            line(document, body, text.getString("triage.content.when"), c.when());
            line(document, body, text.getString("triage.content.where"), c.where());
            line(document, body, text.getString("triage.content.links"), String.join(" ", c.links()));
            line(document, body, text.getString("triage.content.accounts"), c.accounts());
            section(document, heading, text.getString("triage.case.thread"));
            for (CaseFile.Message m : file.messages()) {
                line(document, body, (m.author().name().equals("REPORTER") ? text.getString("triage.case.reporter")
                        : text.getString("triage.case.counselor")) + " · " + m.at(), m.body());
            }
            section(document, heading, text.getString("triage.case.notes"));
            for (CaseFile.Note n : file.notes()) {
                line(document, body, n.at().toString(), n.body());
            }
            section(document, heading, text.getString("triage.case.chronology"));
            for (CaseFile.Event e : file.events()) {
                line(document, body, e.at().toString(), text.getString("triage.event." + e.kind().name())
                        + (e.detail() == null ? "" : " (" + e.detail() + ")") + (e.reason() == null ? "" : " · " + e.reason()));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not render the case as PDF.", e);
        }
    }

    private static BaseFont font() throws IOException, DocumentException {
        try (InputStream in = CasePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("Font " + FONT + " is missing (openpdf-fonts-extra).");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
    }

    private static void section(Document document, Font heading, String title) throws DocumentException {
        Paragraph p = new Paragraph(title, heading);
        p.setSpacingBefore(12);
        document.add(p);
    }

    private static void line(Document document, Font body, String label, String value) throws DocumentException {
        document.add(new Paragraph(label + ": " + (value == null ? "—" : value), body));
    }

    /** The watermark and footer drawn on every page. */
    private static final class Watermark extends PdfPageEventHelper {

        private final BaseFont font;
        private final String text;

        Watermark(BaseFont font, String text) {
            this.font = font;
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte over = writer.getDirectContent();
            over.saveState();
            PdfGState light = new PdfGState();
            light.setFillOpacity(0.15f);
            over.setGState(light);
            ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(text, new Font(font, 22, Font.NORMAL,
                    Color.GRAY)), 297, 421, 45);
            over.restoreState();
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(text, new Font(font, 8, Font.NORMAL,
                    Color.DARK_GRAY)), 48, 30, 0);
        }
    }
}
