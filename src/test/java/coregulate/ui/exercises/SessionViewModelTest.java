package coregulate.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.breathing.ExerciseLibrary;
import coregulate.breathing.PhaseKind;
import coregulate.service.SessionService;
import coregulate.testing.FakeClock;
import coregulate.testing.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class SessionViewModelTest {
    final FakeClock clock = new FakeClock();
    final FakeTicker ticker = new FakeTicker(clock);
    final List<SessionService.Draft> saved = new ArrayList<>();
    final SessionViewModel.Who anaAndSam = new SessionViewModel.Who(UUID.randomUUID(), "Ana", UUID.randomUUID(), "Sam");

    private SessionViewModel vm(ToneCues tones) {
        return new SessionViewModel(ticker, clock, tones, (draft, ok, failed) -> {
            saved.add(draft);
            ok.run();
        });
    }

    @Test
    void withoutASoundDeviceTheSessionSaysSoAndCarriesOn() {
        var noSound = new ToneCues(format -> {
            throw new LineUnavailableException("no audio device");
        });
        var vm = vm(noSound);
        var resonance = ExerciseLibrary.bundled().byId("resonance-breathing").orElseThrow();
        vm.prepare(resonance, 6, anaAndSam, true);
        vm.soundProperty().set(true);
        assertEquals("Sound is unavailable on this computer. The pacer carries on without it.",
                vm.soundStatusProperty().get());
        clock.advance(Duration.ofSeconds(6));
        vm.update();
        assertEquals(PhaseKind.EXHALE, vm.momentProperty().get().kind(), "the pacer keeps going without sound");
        assertFalse(noSound.available());
    }

    @Test
    void breathingTogetherShowsBothNamesAndStoresARowForEach() {
        var vm = vm(new ToneCues(format -> null));
        var inSync = ExerciseLibrary.bundled().byId("breathing-in-sync").orElseThrow();
        vm.prepare(inSync, 60 / 11.0, anaAndSam, false);
        assertEquals("Ana & Sam", vm.namesProperty().get(), "together is the default for a together exercise");
        vm.begin(3);
        clock.advance(Duration.ofMinutes(5));
        vm.update();
        assertEquals(SessionViewModel.Stage.AFTER, vm.stageProperty().get());
        vm.finish(1);
        assertEquals(1, saved.size());
        assertEquals(anaAndSam.otherId(), saved.get(0).together());
        assertEquals(300, saved.get(0).durationSeconds());
        assertTrue(saved.get(0).completed());
    }

    @Test
    void stoppingEarlyIsStoredAsStoppedWithTheTimeSoFarAndSkippedRatingsStayEmpty() {
        var vm = vm(new ToneCues(format -> null));
        var box = ExerciseLibrary.bundled().byId("box-breathing").orElseThrow();
        vm.prepare(box, box.pattern().breathsPerMinute(), anaAndSam, false);
        assertFalse(vm.togetherProperty().get());
        assertEquals("Ana", vm.namesProperty().get());
        vm.begin(null);
        clock.advance(Duration.ofSeconds(30));
        assertFalse(vm.prepare(box, 3.75, anaAndSam, false), "a second session is refused while one runs");
        assertEquals(SessionViewModel.ALREADY_RUNNING, vm.messageProperty().get());
        vm.stop();
        vm.finish(null);
        var draft = saved.get(0);
        assertFalse(draft.completed());
        assertEquals(30, draft.durationSeconds());
        assertNull(draft.beforeLevel());
        assertNull(draft.afterLevel());
    }

    @Test
    void cuesDifferForInExhaleAndHold() {
        byte[] in = ToneCues.samples(PhaseKind.INHALE, 1);
        byte[] out = ToneCues.samples(PhaseKind.EXHALE, 1);
        byte[] hold = ToneCues.samples(PhaseKind.HOLD, 1);
        assertNotEquals(java.util.Arrays.hashCode(in), java.util.Arrays.hashCode(out));
        assertTrue(hold.length < in.length / 4, "a hold is a single short tick");
        assertTrue(java.util.stream.IntStream.range(0, in.length).anyMatch(i -> in[i] != 0));
        byte[] silent = ToneCues.samples(PhaseKind.INHALE, 0);
        assertTrue(java.util.stream.IntStream.range(0, silent.length).allMatch(i -> silent[i] == 0));
    }
}
