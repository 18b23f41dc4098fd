package jp.popvision.chart;

import jp.popvision.engine.Projection;

/**
 * One projected scenario as charts name it: its key ({@code target}), its title (shown in legends
 * and subtitles) and its projection.
 */
public record ScenarioRun(String name, String title, Projection projection) {}
