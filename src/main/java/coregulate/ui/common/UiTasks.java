package coregulate.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one way the UI crosses threads: work runs on the single "sqlite" daemon thread, and its result comes
 * back through the injected FX executor ({@code Platform::runLater} in the app).
 */
public final class UiTasks implements AutoCloseable {
    private final ExecutorService background;
    private final Executor fx;

    public UiTasks(ExecutorService background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    public static UiTasks withFxExecutor(Executor fx) {
        return new UiTasks(Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "sqlite");
            t.setDaemon(true);
            return t;
        }), fx);
    }

    /** Runs work in the background; exactly one of the callbacks then runs on the FX thread. */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        var result = new CompletableFuture<T>();
        background.execute(() -> {
            try {
                T value = work.call();
                fx.execute(() -> {
                    try {
                        onSuccess.accept(value);
                    } finally {
                        result.complete(value);
                    }
                });
            } catch (Throwable e) {
                Throwable cause = unwrap(e);
                fx.execute(() -> {
                    try {
                        onFailure.accept(cause);
                    } finally {
                        result.completeExceptionally(cause);
                    }
                });
            }
        });
        return result;
    }

    /** Runs work in the background with no result to hand back. */
    public CompletableFuture<Void> run(BackgroundWork work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /** Blocks until every task submitted so far has finished its background part (used by tests and shutdown). */
    public void awaitIdle() {
        try {
            background.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Background work did not finish", e);
        }
    }

    /** A plain-words message for a failure, without Java's exception class names. */
    public static String message(Throwable e) {
        Throwable cause = unwrap(e);
        String msg = cause.getMessage();
        return msg == null || msg.isBlank() ? "Something went wrong. Nothing was lost; please try again." : msg;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Background work that turns an input into a result. */
    @FunctionalInterface
    public interface BackgroundFunction<A, R> {
        R apply(A input) throws Exception;
    }

    @FunctionalInterface
    public interface BackgroundWork {
        void run() throws Exception;
    }
}
