package org.childsafe.report.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.triage.application.CaseFile;
import org.childsafe.report.triage.application.QueueRow;
import org.childsafe.report.triage.domain.CaseEventKind;
import org.junit.jupiter.api.Test;

class CasePdfTest {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void rendersTheCaseInVietnameseWithTheWatermarkOnEveryPage() throws Exception {
        CaseFile file = new CaseFile(new QueueRow(7, "ABCD-2345", CaseStatus.ESCALATED, Priority.HIGH,
                EnumSet.of(Category.BULLYING), AT, AT.plusSeconds(3600), false, null, true),
                new CaseFile.Content("Các bạn trong nhóm chat trêu chọc em mỗi ngày.", "tuần trước", "Zalo",
                        List.of("https://zalo.me/g/example"), null, null, null),
                List.of(new CaseFile.Message(MessageAuthor.COUNSELOR, "Cô đã nhận được báo cáo.", AT.plusSeconds(60))),
                List.of(new CaseFile.Note(3L, "Gọi giáo viên chủ nhiệm", AT.plusSeconds(120))),
                List.of(new CaseFile.Event(CaseEventKind.ESCALATED, "IN_PROGRESS→ESCALATED", null, 3L, AT.plusSeconds(180))),
                List.of(), null);

        byte[] pdf = CasePdf.render(file, "Nguyễn Thị Lan", AT.plusSeconds(240), Locale.forLanguageTag("vi"));

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text).contains("Báo cáo ABCD-2345").contains("Các bạn trong nhóm chat trêu chọc em mỗi ngày.")
                .contains("Gọi giáo viên chủ nhiệm").contains("Nguyễn Thị Lan xuất lúc 2026-03-02T09:04:00Z");
    }
}
