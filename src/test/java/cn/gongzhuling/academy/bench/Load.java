package cn.gongzhuling.academy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs one call with a fixed number of concurrent workers: unmeasured warm-up, then measured requests. */
final class Load {

    /** One request; {@code worker} is the thread (0..clients-1), {@code i} the request number. */
    interface Call {
        void run(int worker, int i) throws Exception;
    }

    private Load() {
    }

    static Stats measure(int clients, int warmup, int requests, Call call) throws InterruptedException {
        run(clients, warmup, call, new long[warmup], new AtomicInteger(), new AtomicReference<>());
        long[] nanos = new long[requests];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        int ok = run(clients, requests, call, nanos, failures, firstError);
        long wall = System.nanoTime() - start;
        long[] measured = new long[ok];
        System.arraycopy(nanos, 0, measured, 0, ok);
        return Stats.of(measured, failures.get(), wall, firstError.get());
    }

    private static int run(int clients, int count, Call call, long[] nanos, AtomicInteger failures,
                           AtomicReference<String> firstError) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    try {
                        call.run(worker, i);
                        nanos[done.getAndIncrement()] = System.nanoTime() - t;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return done.get();
    }
}
