package coregulate.ui.exercises;

import coregulate.breathing.PhaseKind;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Soft generated tones for following the pacer with eyes closed: a rising tone to breathe in, a falling one to
 * breathe out, a single quiet tick on a hold. Playback runs on its own daemon thread so a slow sound card never
 * holds up the pacer; a computer without sound output is detected once and then left alone.
 */
public final class ToneCues implements AutoCloseable {
    public static final String UNAVAILABLE = "Sound is unavailable on this computer. The pacer carries on without it.";
    static final float RATE = 44_100f;
    static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    /** Opens an output line; throws if the computer has none. Tests pass one that fails. */
    @FunctionalInterface
    public interface LineOpener {
        SourceDataLine open(AudioFormat format) throws Exception;
    }

    private final LineOpener opener;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "tone-cues");
        t.setDaemon(true);
        return t;
    });
    private SourceDataLine line;
    private Boolean available;

    public ToneCues(LineOpener opener) {
        this.opener = opener;
    }

    public static ToneCues system() {
        return new ToneCues(format -> {
            SourceDataLine l = AudioSystem.getSourceDataLine(format);
            l.open(format, (int) RATE);
            l.start();
            return l;
        });
    }

    /** Whether sound can play; the first call tries to open the output, which fails at once when there is none. */
    public synchronized boolean available() {
        if (available == null) {
            try {
                line = opener.open(FORMAT);
                available = line != null;
            } catch (Exception | LinkageError e) {
                // No device, no mixer, or a headless system: the pacer works without sound.
                available = false;
            }
        }
        return available;
    }

    /** Plays the cue for a phase at a volume from 0 to 1, without waiting; does nothing without sound. */
    public void play(PhaseKind kind, double volume) {
        if (!available() || volume <= 0) {
            return;
        }
        byte[] pcm = samples(kind, volume);
        player.execute(() -> {
            try {
                line.write(pcm, 0, pcm.length);
            } catch (RuntimeException e) {
                synchronized (this) {
                    available = false;
                }
            }
        });
    }

    /** The cue's 16-bit samples: rising, falling, or a short tick, with soft edges so nothing clicks. */
    static byte[] samples(PhaseKind kind, double volume) {
        double seconds = kind == PhaseKind.HOLD ? 0.06 : 0.45;
        double from = kind == PhaseKind.EXHALE ? 520 : 350;
        double to = kind == PhaseKind.INHALE ? 520 : kind == PhaseKind.EXHALE ? 350 : 350;
        if (kind == PhaseKind.HOLD) {
            from = 660;
            to = 660;
        }
        int n = (int) (seconds * RATE);
        byte[] out = new byte[n * 2];
        double amplitude = 0.25 * Math.max(0, Math.min(1, volume)) * (kind == PhaseKind.HOLD ? 0.6 : 1.0);
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double t = (double) i / n;
            double freq = from + (to - from) * t;
            phase += 2 * Math.PI * freq / RATE;
            double envelope = Math.sin(Math.PI * t);
            short s = (short) (Math.sin(phase) * envelope * amplitude * Short.MAX_VALUE);
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        player.shutdownNow();
        if (line != null) {
            line.close();
        }
    }
}
