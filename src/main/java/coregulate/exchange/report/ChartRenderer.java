package coregulate.exchange.report;

import coregulate.exchange.report.ReportDocument.Chart;
import coregulate.exchange.report.ReportDocument.Kind;
import coregulate.exchange.report.ReportDocument.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws a report chart into an image with plain Java2D, so that a report can be made without a window (from
 * the command line too). Colours are chosen to print well and stay apart for colour-blind readers.
 */
public final class ChartRenderer {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd95f02), new Color(0x1b9e77),
            new Color(0x7570b3)};
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 56;

    private ChartRenderer() {
    }

    public static BufferedImage render(Chart chart, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, chart, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, Chart chart, int width, int height) {
        int plotW = width - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        double[] x = xRange(chart);
        double[] y = yRange(chart);
        var map = new Mapper(x[0], x[1], y[0], y[1], plotW, plotH);

        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(chart.title(), LEFT, 22);
        if (chart.bandLow() != null && chart.bandHigh() != null) {
            g.setColor(new Color(0xdff3e4));
            int top = TOP + map.y(chart.bandHigh());
            int bottom = TOP + map.y(chart.bandLow());
            g.fillRect(LEFT, top, plotW, Math.max(1, bottom - top));
        }
        drawAxes(g, chart, map, x, y, plotW, plotH);
        for (int s = 0; s < chart.series().size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            drawSeries(g, chart.kind(), chart.series().get(s), map, s, chart.series().size());
        }
        drawLegend(g, chart, width);
    }

    private static void drawAxes(Graphics2D g, Chart chart, Mapper map, double[] x, double[] y, int plotW, int plotH) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 4; i++) {
            double value = y[0] + (y[1] - y[0]) * i / 4.0;
            int py = TOP + map.y(value);
            g.drawLine(LEFT - 4, py, LEFT, py);
            g.drawString(format(value), 8, py + 4);
        }
        var ticks = chart.xTickLabels();
        for (int i = 0; i < ticks.size(); i++) {
            double value = ticks.size() == 1 ? x[0] : x[0] + (x[1] - x[0]) * i / (ticks.size() - 1.0);
            int px = LEFT + map.x(value);
            g.drawString(ticks.get(i), Math.max(2, px - 20), TOP + plotH + 16);
        }
        g.drawString(chart.xLabel(), LEFT + plotW / 2 - 30, TOP + plotH + 34);
        g.drawString(chart.yLabel(), 8, TOP - 6);
    }

    private static void drawSeries(Graphics2D g, Kind kind, Series series, Mapper map, int index, int count) {
        if (kind == Kind.BAR) {
            int barWidth = Math.max(2, map.plotW / Math.max(1, series.points().size() * count + 1));
            for (double[] p : series.points()) {
                int px = LEFT + map.x(p[0]) + index * barWidth;
                int py = TOP + map.y(p[1]);
                int base = TOP + map.y(Math.max(map.yMin, 0));
                g.fillRect(px, Math.min(py, base), Math.max(1, barWidth - 1), Math.abs(base - py));
            }
            return;
        }
        g.setStroke(new BasicStroke(2f));
        var path = new Path2D.Double();
        boolean first = true;
        for (double[] p : series.points()) {
            double px = LEFT + map.x(p[0]);
            double py = TOP + map.y(p[1]);
            if (first) {
                path.moveTo(px, py);
                first = false;
            } else {
                path.lineTo(px, py);
            }
        }
        g.draw(path);
        if (series.points().size() == 1) {
            double[] p = series.points().get(0);
            g.fillOval(LEFT + map.x(p[0]) - 3, TOP + map.y(p[1]) - 3, 6, 6);
        }
    }

    private static void drawLegend(Graphics2D g, Chart chart, int width) {
        int x = width - RIGHT - 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int s = chart.series().size() - 1; s >= 0; s--) {
            String name = chart.series().get(s).name();
            int w = g.getFontMetrics().stringWidth(name);
            x -= w + 22;
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(x, 12, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(name, x + 16, 22);
        }
    }

    private static double[] xRange(Chart chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : chart.series()) {
            for (double[] p : s.points()) {
                min = Math.min(min, p[0]);
                max = Math.max(max, p[0]);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return new double[] {0, 1};
        }
        return min == max ? new double[] {min - 1, max + 1} : new double[] {min, max};
    }

    private static double[] yRange(Chart chart) {
        double min = chart.yMin() != null ? chart.yMin() : Double.POSITIVE_INFINITY;
        double max = chart.yMax() != null ? chart.yMax() : Double.NEGATIVE_INFINITY;
        if (chart.yMin() == null || chart.yMax() == null) {
            for (Series s : chart.series()) {
                for (double[] p : s.points()) {
                    if (chart.yMin() == null) {
                        min = Math.min(min, Math.min(p[1], chart.kind() == Kind.BAR ? 0 : p[1]));
                    }
                    if (chart.yMax() == null) {
                        max = Math.max(max, p[1]);
                    }
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY || max == Double.NEGATIVE_INFINITY) {
            return new double[] {0, 1};
        }
        return min == max ? new double[] {min - 1, max + 1} : new double[] {min, max};
    }

    private static String format(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format("%.1f", v);
    }

    private record Mapper(double xMin, double xMax, double yMin, double yMax, int plotW, int plotH) {
        int x(double v) {
            return (int) Math.round((v - xMin) / (xMax - xMin) * plotW);
        }

        int y(double v) {
            return (int) Math.round((1 - (v - yMin) / (yMax - yMin)) * plotH);
        }
    }
}
