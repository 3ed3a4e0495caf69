/**
 * Report rendering, internal to the report module (callers use {@code vn.keng.report.ReportFiles}):
 * the sections as {@link vn.keng.report.render.Table}s, laid out as a PDF (OpenPDF, embedded
 * Liberation Sans), an XLSX workbook (Apache POI), CSV, JSON, a chart (JFreeChart) and the chat
 * summary (Telegram text and a 2-segment SMS).
 */
package vn.keng.report.render;
