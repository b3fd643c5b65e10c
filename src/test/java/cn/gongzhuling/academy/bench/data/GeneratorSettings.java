package cn.gongzhuling.academy.bench.data;

import java.time.LocalDateTime;

/**
 * Seed, scale and the generated data's "today". Scale 1 is a city of 10,000 cadres in about 200
 * org units with about 200,000 enrolments; 0.1 is a tenth of that, 10 ten times.
 */
public record GeneratorSettings(long seed, double scale, LocalDateTime anchor) {

    public static final long DEFAULT_SEED = 20261127L;
    public static final LocalDateTime DEFAULT_ANCHOR = LocalDateTime.of(2026, 11, 27, 9, 0);

    public GeneratorSettings {
        if (scale <= 0 || scale > 100) {
            throw new IllegalArgumentException("scale must be in (0, 100], got " + scale);
        }
    }

    public static GeneratorSettings of(long seed, double scale) {
        return new GeneratorSettings(seed, scale, DEFAULT_ANCHOR);
    }
}
