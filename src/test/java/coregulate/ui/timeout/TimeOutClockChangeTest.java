package coregulate.ui.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coregulate.app.Store;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import coregulate.testing.FakeTicker;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeOutClockChangeTest {
    @TempDir
    Path dir;

    @Test
    void changingTheComputersClockNeitherStretchesNorCutsARunningBreak() {
        var clock = new FakeClock();
        var ticker = new FakeTicker(clock);
        var couple = CoupleSetup.anaAndSam(dir, clock);
        try (var store = Store.open(dir); var tasks = new UiTasks(Executors.newSingleThreadExecutor(), Runnable::run)) {
            var state = new AppState();
            state.coupleProperty().set(couple);
            state.currentPartnerProperty().set(couple.first());
            var service = new TimeOutService(new TimeOutRepository(store.database()), clock, UUID.randomUUID(), couple);
            var vm = new TimeOutViewModel(state, service, tasks, clock, ticker);
            vm.call(() -> { });
            tasks.awaitIdle();
            assertEquals("20:00", vm.countdownProperty().get());

            clock.advance(Duration.ofMinutes(5));
            vm.tick();
            assertEquals("15:00", vm.countdownProperty().get());

            // Someone sets the computer's clock two hours ahead: the monotonic clock does not move.
            clock.jumpWallClock(Duration.ofHours(2));
            ticker.ignoreWallJump(Duration.ofHours(2));
            vm.tick();
            assertEquals("15:00", vm.countdownProperty().get());
            assertEquals(TimeOutPhase.RUNNING, vm.phaseProperty().get());

            // And back an hour: still the same break.
            clock.jumpWallClock(Duration.ofHours(-1));
            ticker.ignoreWallJump(Duration.ofHours(-1));
            clock.advance(Duration.ofMinutes(15));
            vm.tick();
            assertEquals(TimeOutPhase.RECONVENING, vm.phaseProperty().get());
        }
    }
}
