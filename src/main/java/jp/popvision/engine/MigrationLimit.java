package jp.popvision.engine;

import jp.popvision.model.Sex;

/**
 * A record that net out-migration asked for more people than a cohort had, and was limited so that
 * the cohort ends at zero instead of going negative.
 */
public record MigrationLimit(
    int periodStart, Sex sex, int group, double requested, double applied) {}
