package org.needsspace.understanding.semantic;

/** Arithmetic on sentence vectors. */
final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to length one (a zero vector stays as it is). */
    static float[] unit(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float[] unit = vector.clone();
        if (squares == 0) {
            return unit;
        }
        float length = (float) Math.sqrt(squares);
        for (int i = 0; i < unit.length; i++) {
            unit[i] /= length;
        }
        return unit;
    }
}
