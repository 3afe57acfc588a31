package org.phare.store.indicator;

/**
 * One published file of the open-data folder and the format that reads it.
 *
 * @param relativePath path relative to the data folder, with {@code /} separators
 * @param format the name of a {@link SourceFormat}
 */
public record OpenDataFile(String relativePath, String format) {}
