package org.needsspace.understanding.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The training lines with the vector the encoder gave each, and the probe for danger trained on them
 * ({@link LinearProbe}), made at build time ({@link EmbedTrainingSet}) so that a process only ever encodes what its
 * user says.
 *
 * <p>On disk each vector is stored as one signed byte per dimension with its own scale (the largest magnitude maps
 * to 127): a quarter of the size of floats, at a cosine error far below the gaps the decisions depend on.
 */
public final class ExampleVectors {

    private static final int FORMAT = 0x4E535633;
    private static final int BYTE_STEPS = 127;

    private final String encoder;
    private final String source;
    private final List<TrainingLine> lines;
    private final int dimensions;
    private final float[] flat;
    private final LinearProbe dangerProbe;

    /** Vectors without a probe for danger ({@link LinearProbe#NONE}). */
    public ExampleVectors(String encoder, String source, List<TrainingLine> lines, int dimensions, float[] flat) {
        this(encoder, source, lines, dimensions, flat, LinearProbe.NONE);
    }

    /**
     * @param encoder the name of the encoder that made the vectors
     * @param source  a digest of the training files, so that a build can tell whether they changed
     * @param flat    the unit vectors of the lines one after another, {@code dimensions} floats each
     */
    public ExampleVectors(String encoder, String source, List<TrainingLine> lines, int dimensions, float[] flat,
                          LinearProbe dangerProbe) {
        if (flat.length != lines.size() * dimensions) {
            throw new IllegalArgumentException(lines.size() + " lines of " + dimensions + " but " + flat.length + " values");
        }
        this.encoder = encoder;
        this.source = source;
        this.lines = List.copyOf(lines);
        this.dimensions = dimensions;
        this.flat = flat;
        this.dangerProbe = dangerProbe;
    }

    /** These vectors with a probe for danger trained on them. */
    public ExampleVectors withDangerProbe(LinearProbe probe) {
        return new ExampleVectors(encoder, source, lines, dimensions, flat, probe);
    }

    public LinearProbe dangerProbe() {
        return dangerProbe;
    }

    public static ExampleVectors encode(List<TrainingLine> lines, SentenceEncoder encoder, String source) {
        List<float[]> vectors = lines.stream().map(line -> encoder.encode(line.words())).toList();
        int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        float[] flat = new float[lines.size() * dimensions];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, flat, i * dimensions, dimensions);
        }
        return new ExampleVectors(encoder.name(), source, lines, dimensions, flat);
    }

    /** The vectors a build wrote as a resource of the class path. */
    public static ExampleVectors fromResource(String resource) {
        try (InputStream in = ExampleVectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No example vectors at " + resource + ": the build encodes them");
            }
            return readFrom(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Unreadable example vectors at " + resource, e);
        }
    }

    public String encoder() {
        return encoder;
    }

    public String source() {
        return source;
    }

    public List<TrainingLine> lines() {
        return lines;
    }

    public int dimensions() {
        return dimensions;
    }

    public int size() {
        return lines.size();
    }

    /**
     * The cosine of the line's vector and a unit vector of the same encoder. Four running sums instead of one let the
     * processor overlap the additions; this loop is most of the time of a vote.
     */
    double similarity(int line, float[] unit) {
        int offset = line * dimensions;
        float first = 0;
        float second = 0;
        float third = 0;
        float fourth = 0;
        int i = 0;
        for (; i + 3 < dimensions; i += 4) {
            first += flat[offset + i] * unit[i];
            second += flat[offset + i + 1] * unit[i + 1];
            third += flat[offset + i + 2] * unit[i + 2];
            fourth += flat[offset + i + 3] * unit[i + 3];
        }
        for (; i < dimensions; i++) {
            first += flat[offset + i] * unit[i];
        }
        return (double) first + second + third + fourth;
    }

    /** A copy of the line's unit vector. */
    public float[] vector(int line) {
        float[] vector = new float[dimensions];
        System.arraycopy(flat, line * dimensions, vector, 0, dimensions);
        return vector;
    }

    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(FORMAT);
        data.writeUTF(encoder);
        data.writeUTF(source);
        data.writeInt(lines.size());
        data.writeInt(dimensions);
        for (TrainingLine line : lines) {
            data.writeUTF(line.label());
            data.writeUTF(line.author());
            data.writeUTF(line.words());
        }
        byte[] steps = new byte[dimensions];
        for (int line = 0; line < lines.size(); line++) {
            float scale = scaleOf(line);
            data.writeFloat(scale);
            for (int i = 0; i < dimensions; i++) {
                steps[i] = scale == 0 ? 0 : (byte) Math.round(flat[line * dimensions + i] / scale);
            }
            data.write(steps);
        }
        dangerProbe.writeTo(data);
        data.flush();
    }

    private float scaleOf(int line) {
        float largest = 0;
        for (int i = 0; i < dimensions; i++) {
            largest = Math.max(largest, Math.abs(flat[line * dimensions + i]));
        }
        return largest / BYTE_STEPS;
    }

    public static ExampleVectors readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != FORMAT) {
            throw new IOException("Not a file of example vectors");
        }
        String encoder = data.readUTF();
        String source = data.readUTF();
        int count = data.readInt();
        int dimensions = data.readInt();
        if (count < 0 || dimensions <= 0 || (long) count * dimensions > Integer.MAX_VALUE) {
            throw new IOException("Implausible size of example vectors: " + count + " x " + dimensions);
        }
        List<TrainingLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new TrainingLine(data.readUTF(), data.readUTF(), data.readUTF()));
        }
        float[] flat = new float[count * dimensions];
        byte[] steps = new byte[dimensions];
        for (int line = 0; line < count; line++) {
            float scale = data.readFloat();
            data.readFully(steps);
            for (int i = 0; i < dimensions; i++) {
                flat[line * dimensions + i] = steps[i] * scale;
            }
        }
        return new ExampleVectors(encoder, source, lines, dimensions, flat, LinearProbe.readFrom(data));
    }
}
