package coregulate.ui.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.domain.Visibility;
import coregulate.exchange.demo.SampleCouple;
import coregulate.service.checkin.CheckInService;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.couple.CoupleRepository;
import coregulate.testing.FakeClock;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Years of check-ins open a page at a time; "Show older check-ins" reads the next, and a filter starts again. */
class HistoryPagingTest {
    @TempDir
    Path dataDir;

    @Test
    void aLongHistoryOpensAPageAtATimeAndShowsOlderOnAsking() {
        var clock = new FakeClock();
        try (var store = Store.open(dataDir);
             var tasks = new UiTasks(Executors.newSingleThreadExecutor(), Runnable::run)) {
            var db = store.database();
            new SampleCouple(db, clock, 7).fill(400, 2, 4);
            var couple = new CoupleRepository(db).find().orElseThrow();
            var state = new AppState();
            state.coupleProperty().set(couple);
            state.currentPartnerProperty().set(couple.first());
            var service = new CheckInService(new CheckInRepository(db), clock, UUID.randomUUID());
            var vm = new HistoryViewModel(state, service, tasks, ZoneOffset.UTC);
            vm.reload();
            tasks.awaitIdle();
            int visible = service.history(new coregulate.domain.checkin.HistoryFilter(couple.first().id(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), 100_000, 0)).size();
            assertTrue(visible > HistoryViewModel.PAGE, "the sample is longer than a page: " + visible);

            assertEquals(HistoryViewModel.PAGE, vm.entries().size());
            assertTrue(vm.moreAvailableProperty().get());
            var newest = vm.entries().get(0);

            vm.showMore();
            tasks.awaitIdle();
            assertEquals(Math.min(visible, 2 * HistoryViewModel.PAGE), vm.entries().size());
            assertEquals(newest, vm.entries().get(0), "newest first, older ones below");

            vm.whoseProperty().set(HistoryViewModel.Whose.MINE);
            tasks.awaitIdle();
            assertTrue(vm.entries().size() <= HistoryViewModel.PAGE, "a new filter starts at the first page");
            assertTrue(vm.entries().stream().allMatch(c -> c.meta().authorPartnerId().equals(couple.first().id())));
            assertFalse(vm.entries().stream().anyMatch(c -> c.meta().visibility() == Visibility.PRIVATE
                    && !c.meta().authorPartnerId().equals(couple.first().id())));
        }
    }
}
