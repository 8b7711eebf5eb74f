import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the skill's icons, the small (108 x 108) and the large (512 x 512) PNG of the skill package: two people
 * side by side with room between them and a heart above the gap. Each size is drawn from the same shapes, not
 * scaled from the other. The figures stay inside the inscribed circle, as the Alexa app may show icons round.
 * Run from the project root: java src/tools/DrawIcons.java interaction-model/assets/images
 */
public final class DrawIcons {

    private static final double DESIGN = 512;
    private static final Color BACKGROUND = new Color(0x1F4E5F);
    private static final Color HALO = new Color(0x2A6478);
    private static final Color PERSON = new Color(0xF8EFE4);
    private static final Color HEART = new Color(0xF28C6B);

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "interaction-model/assets/images");
        Files.createDirectories(directory);
        ImageIO.write(draw(108), "png", directory.resolve("smallIcon.png").toFile());
        ImageIO.write(draw(512), "png", directory.resolve("largeIcon.png").toFile());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / DESIGN, size / DESIGN);

        g.setColor(BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, DESIGN, DESIGN));
        g.setColor(HALO);
        g.fill(new Ellipse2D.Double(36, 36, 440, 440));

        g.setColor(PERSON);
        g.fill(person(160));
        g.fill(person(352));

        g.setColor(HEART);
        g.fill(heart(256, 138, 76));
        g.dispose();
        return image;
    }

    /** A head and rounded shoulders, centred on x. */
    private static Area person(double x) {
        Area figure = new Area(new Ellipse2D.Double(x - 48, 172, 96, 96));
        Area shoulders = new Area(new Ellipse2D.Double(x - 70, 284, 140, 190));
        shoulders.intersect(new Area(new Rectangle2D.Double(x - 70, 284, 140, 110)));
        figure.add(shoulders);
        return figure;
    }

    /** A heart of the given width whose top edge is at y. */
    private static Path2D heart(double x, double y, double width) {
        double w = width / 2;
        Path2D path = new Path2D.Double();
        path.moveTo(x, y + w * 0.55);
        path.curveTo(x - w * 0.1, y - w * 0.05, x - w, y - w * 0.05, x - w, y + w * 0.55);
        path.curveTo(x - w, y + w * 1.05, x - w * 0.35, y + w * 1.35, x, y + w * 1.75);
        path.curveTo(x + w * 0.35, y + w * 1.35, x + w, y + w * 1.05, x + w, y + w * 0.55);
        path.curveTo(x + w, y - w * 0.05, x + w * 0.1, y - w * 0.05, x, y + w * 0.55);
        path.closePath();
        return path;
    }

    private DrawIcons() {
    }
}
