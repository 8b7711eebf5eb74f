package org.needsspace.understanding.semantic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * A logistic regression on the encoder's vectors, trained at build time on the training lines to tell one kind of
 * meaning (danger) from all the others. Where the nearest lines only vote, it weighs every dimension of the
 * sentence's meaning against all of the training set at once, so it carries what the lines have in common to
 * phrasings none of them used. Each dimension is centred and scaled first: the encoder's vectors share a large
 * common part that would otherwise hide the differences.
 */
public final class LinearProbe {

    /** A probe that never speaks: for vectors made without one. */
    public static final LinearProbe NONE = new LinearProbe(new float[0], new float[0], new float[0], Float.NEGATIVE_INFINITY);

    private static final int ROUNDS = 400;
    private static final double STEP = 0.5;
    private static final double WEIGHT_DECAY = 0.001;

    private final float[] mean;
    private final float[] scale;
    private final float[] weights;
    private final float bias;

    LinearProbe(float[] mean, float[] scale, float[] weights, float bias) {
        if (mean.length != scale.length || mean.length != weights.length) {
            throw new IllegalArgumentException("a probe needs a mean, a scale and a weight for every dimension");
        }
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Trains on every line of {@code vectors}, the lines whose label {@code positive} accepts against the others,
     * each class weighing as much as the other whatever their sizes. Deterministic: full-batch gradient descent from
     * zero weights, a fixed number of rounds.
     */
    public static LinearProbe train(ExampleVectors vectors, Predicate<String> positive) {
        int count = vectors.size();
        int dimensions = vectors.dimensions();
        boolean[] isPositive = new boolean[count];
        int positives = 0;
        for (int line = 0; line < count; line++) {
            isPositive[line] = positive.test(vectors.lines().get(line).label());
            positives += isPositive[line] ? 1 : 0;
        }
        if (positives == 0 || positives == count) {
            throw new IllegalArgumentException("a probe needs lines of both kinds, has " + positives + " of " + count);
        }
        float[] mean = new float[dimensions];
        float[] scale = new float[dimensions];
        standardisation(vectors, mean, scale);
        float[][] centred = new float[count][];
        for (int line = 0; line < count; line++) {
            centred[line] = standardised(vectors.vector(line), mean, scale);
        }
        double positiveWeight = count / (2.0 * positives);
        double negativeWeight = count / (2.0 * (count - positives));
        double[] weights = new double[dimensions];
        double bias = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double[] gradient = new double[dimensions];
            double biasGradient = 0;
            for (int line = 0; line < count; line++) {
                float[] x = centred[line];
                double error = (logistic(bias + dot(weights, x)) - (isPositive[line] ? 1 : 0))
                        * (isPositive[line] ? positiveWeight : negativeWeight);
                for (int i = 0; i < dimensions; i++) {
                    gradient[i] += error * x[i];
                }
                biasGradient += error;
            }
            for (int i = 0; i < dimensions; i++) {
                weights[i] -= STEP * (gradient[i] / count + WEIGHT_DECAY * weights[i]);
            }
            bias -= STEP * biasGradient / count;
        }
        float[] stored = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            stored[i] = (float) weights[i];
        }
        return new LinearProbe(mean, scale, stored, (float) bias);
    }

    /** How likely the probe finds it that {@code vector} is of the kind it was trained to tell; 0 for {@link #NONE}. */
    public double probability(float[] vector) {
        if (weights.length == 0) {
            return 0;
        }
        if (vector.length != weights.length) {
            throw new IllegalArgumentException("a vector of " + vector.length + " dimensions, not " + weights.length);
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (vector[i] - mean[i]) / scale[i];
        }
        return logistic(z);
    }

    void writeTo(DataOutputStream data) throws IOException {
        data.writeInt(weights.length);
        for (float[] values : new float[][] {mean, scale, weights}) {
            for (float value : values) {
                data.writeFloat(value);
            }
        }
        data.writeFloat(bias);
    }

    static LinearProbe readFrom(DataInputStream data) throws IOException {
        int dimensions = data.readInt();
        if (dimensions == 0) {
            data.readFloat();
            return NONE;
        }
        if (dimensions < 0 || dimensions > 1 << 16) {
            throw new IOException("Implausible probe of " + dimensions + " dimensions");
        }
        float[][] values = new float[3][dimensions];
        for (float[] row : values) {
            for (int i = 0; i < dimensions; i++) {
                row[i] = data.readFloat();
            }
        }
        return new LinearProbe(values[0], values[1], values[2], data.readFloat());
    }

    private static void standardisation(ExampleVectors vectors, float[] mean, float[] scale) {
        int count = vectors.size();
        double[] sum = new double[mean.length];
        double[] squares = new double[mean.length];
        for (int line = 0; line < count; line++) {
            float[] vector = vectors.vector(line);
            for (int i = 0; i < mean.length; i++) {
                sum[i] += vector[i];
                squares[i] += (double) vector[i] * vector[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            double average = sum[i] / count;
            mean[i] = (float) average;
            scale[i] = (float) (Math.sqrt(Math.max(0, squares[i] / count - average * average)) + 1e-6);
        }
    }

    private static float[] standardised(float[] vector, float[] mean, float[] scale) {
        float[] x = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            x[i] = (vector[i] - mean[i]) / scale[i];
        }
        return x;
    }

    private static double dot(double[] weights, float[] x) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * x[i];
        }
        return sum;
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
