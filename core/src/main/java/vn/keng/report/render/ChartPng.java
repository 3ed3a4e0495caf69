package vn.keng.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.keng.report.Report;
import vn.keng.report.VillageFigures;

/**
 * One chart picture (JFreeChart, drawn headless): on top, the on-time share per village against
 * the 100% line; below, incidents per month of the period. Text in the embedded Liberation Sans,
 * so Vietnamese names render without any font installed.
 */
public final class ChartPng {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 1000;

    private ChartPng() {
    }

    public static byte[] render(Report report, Labels l) {
        System.setProperty("java.awt.headless", "true");
        JFreeChart share = shareChart(report, l);
        JFreeChart incidents = incidentChart(report, l);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            share.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT * 0.58));
            incidents.draw(g, new Rectangle2D.Double(0, HEIGHT * 0.58, WIDTH, HEIGHT * 0.42));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart shareChart(Report report, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = l.label("share");
        // The patrols after the gong, beside the gong, when the scope has any patrol record.
        boolean patrols = report.current().total().patrols().nights() > 0;
        for (VillageFigures v : report.current().villages()) {
            Double share = v.rounds().onTimeShare();
            data.addValue(share == null ? 0 : share * 100, series, Fmt.shorten(v.name(), 18));
            if (patrols) {
                Double done = v.patrols().doneShare();
                data.addValue(done == null ? 0 : done * 100, l.label("patrol-share"), Fmt.shorten(v.name(), 18));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(l.label(report.province() ? "chart-share-province" : "chart-share") + " - " + report.subject() + " - "
                + report.period().code(), l.label(report.rowLabel()), l.label("percent"), data, PlotOrientation.VERTICAL,
                patrols, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 110);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ValueMarker target = new ValueMarker(100, new Color(200, 30, 30), new BasicStroke(2.5f));
        target.setLabel(l.label("chart-target"));
        target.setLabelFont(Fonts.awt(Font.BOLD, 13));
        target.setLabelPaint(new Color(200, 30, 30));
        target.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(8, 60, 8, 8));
        plot.addRangeMarker(target);
        ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.08);
        plot.getRenderer().setSeriesPaint(0, new Color(40, 110, 180));
        plot.getRenderer().setSeriesPaint(1, new Color(60, 150, 80));
        note(chart, report, l);
        return chart;
    }

    private static JFreeChart incidentChart(Report report, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = l.label("incident-count");
        YearMonth month = YearMonth.from(report.period().from());
        YearMonth last = YearMonth.from(report.period().last());
        while (!month.isAfter(last)) {
            data.addValue(report.current().incidentsPerMonth().getOrDefault(month, 0), series,
                    String.format("%02d/%d", month.getMonthValue(), month.getYear()));
            month = month.plusMonths(1);
        }
        JFreeChart chart = ChartFactory.createBarChart(l.label("chart-incidents"), l.label("month"),
                l.label("incident-count"), data, PlotOrientation.VERTICAL, false, false, false);
        theme().apply(chart);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(230, 120, 20));
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        note(chart, report, l);
        return chart;
    }

    private static void note(JFreeChart chart, Report report, Labels l) {
        if (report.noData()) {
            chart.addSubtitle(new TextTitle(l.label("no-data"), Fonts.awt(Font.ITALIC, 13)));
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("keng");
        theme.setExtraLargeFont(Fonts.awt(Font.BOLD, 18));
        theme.setLargeFont(Fonts.awt(Font.BOLD, 14));
        theme.setRegularFont(Fonts.awt(Font.PLAIN, 12));
        theme.setSmallFont(Fonts.awt(Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
