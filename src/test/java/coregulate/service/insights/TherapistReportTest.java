package coregulate.service.insights;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.exchange.demo.SampleCouple;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.TriggerService;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.Jdbc;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.checkin.TriggerRepository;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.testing.FakeClock;
import coregulate.ui.insights.InsightsViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TherapistReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportHasTheFiguresAndNeverTheOtherPartnersPrivateNotes() throws Exception {
        var clock = new FakeClock();
        try (var store = Store.open(dir.resolve("data"))) {
            var db = store.database();
            var made = new SampleCouple(db, clock, 3).fill(30, 2);
            var maya = made.couple().first();
            var jonas = made.couple().second();
            db.write(c -> {
                Jdbc.update(c, "UPDATE check_in SET note = 'MAYA-OWN-NOTE' WHERE id = (SELECT id FROM check_in WHERE "
                        + "author_partner_id = ? ORDER BY at DESC LIMIT 1)", maya.id());
                Jdbc.update(c, "UPDATE check_in SET note = 'JONAS-PRIVATE-NOTE', visibility = 'private' WHERE id = "
                        + "(SELECT id FROM check_in WHERE author_partner_id = ? ORDER BY at DESC LIMIT 1)", jonas.id());
                Jdbc.update(c, "UPDATE check_in SET note = 'JONAS-SHARED-NOTE', visibility = 'shared' WHERE id = "
                        + "(SELECT id FROM check_in WHERE author_partner_id = ? ORDER BY at ASC LIMIT 1)", jonas.id());
                return null;
            });
            var device = UUID.randomUUID();
            var checkIns = new CheckInService(new CheckInRepository(db), clock, device);
            var service = new InsightsService(checkIns, new TriggerService(new TriggerRepository(db), clock, device),
                    new TimeOutService(new TimeOutRepository(db), clock, device, made.couple()),
                    new SessionService(new ExerciseRepository(db), clock, device), clock);
            var today = LocalDate.now(clock);

            var mine = service.compute(made.couple(), maya.id(), Optional.of(maya), today.minusDays(29), today);
            Path own = dir.resolve("maya.pdf");
            InsightsViewModel.writeReport(mine, mine.notes(), own);
            String ownText = text(own);
            assertTrue(ownText.contains("Check-ins") && ownText.contains(String.valueOf(mine.checkIns())), ownText);
            assertTrue(ownText.contains("MAYA-OWN-NOTE"), "her chosen notes are in");
            assertFalse(ownText.contains("JONAS-PRIVATE-NOTE"));

            var couple = service.compute(made.couple(), maya.id(), Optional.empty(), today.minusDays(29), today);
            Path both = dir.resolve("couple.pdf");
            InsightsViewModel.writeReport(couple, couple.notes(), both);
            String coupleText = text(both);
            assertFalse(coupleText.contains("JONAS-PRIVATE-NOTE"), "the other partner's private entries never appear");
            assertFalse(coupleText.contains("MAYA-OWN-NOTE"), "the couple report holds shared entries only");
            assertTrue(coupleText.contains("JONAS-SHARED-NOTE"));

            var empty = service.compute(made.couple(), maya.id(), Optional.of(maya), today.minusYears(5),
                    today.minusYears(4));
            Path none = dir.resolve("empty.pdf");
            InsightsViewModel.writeReport(empty, empty.notes(), none);
            assertTrue(text(none).contains("nothing recorded"), "an empty range still gives a readable report");
        }
    }

    private static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
