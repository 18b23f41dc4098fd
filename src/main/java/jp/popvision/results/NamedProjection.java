package jp.popvision.results;

import jp.popvision.engine.Projection;

/** A projection with the name of its scenario. */
public record NamedProjection(String name, Projection projection) {}
