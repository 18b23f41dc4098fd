package jp.popvision.scenario;

/**
 * Mortality assumption: the life table of each period ({@code wpp2024}: UN WPP 2024 Japan,
 * estimates to 2015–2020, medium variant after), held after its last period.
 */
public record MortalitySpec(String lifeTable) {}
