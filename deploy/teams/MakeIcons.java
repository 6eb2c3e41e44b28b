import java.awt.*;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the Teams app icons: java deploy/teams/MakeIcons.java deploy/teams */
public class MakeIcons {
  public static void main(String[] args) throws Exception {
    String dir = args[0];
    BufferedImage color = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = color.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1F, 0x5C, 0x8C));
    g.fillRect(0, 0, 192, 192);
    g.setStroke(new BasicStroke(12f));
    g.setColor(Color.WHITE);
    g.draw(new Ellipse2D.Double(36, 56, 80, 80));
    g.setColor(new Color(0xF2, 0xB1, 0x34));
    g.draw(new Ellipse2D.Double(76, 56, 80, 80));
    g.dispose();
    ImageIO.write(color, "png", new File(dir, "color.png"));

    BufferedImage outline = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D o = outline.createGraphics();
    o.setColor(Color.WHITE);
    o.setStroke(new BasicStroke(2f));
    o.draw(new Ellipse2D.Double(4, 9, 14, 14));
    o.draw(new Ellipse2D.Double(14, 9, 14, 14));
    o.dispose();
    ImageIO.write(outline, "png", new File(dir, "outline.png"));
  }
}
