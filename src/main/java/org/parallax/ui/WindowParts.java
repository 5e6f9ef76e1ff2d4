package org.parallax.ui;

/**
 * What the window hands each feature's actions: its state, its work area's tabs and its dialogs.
 * One record, so every feature is wired the same way and one more shared part changes one place.
 *
 * @param state the window's state: the open workspace, selection, and what to open next
 * @param tabs the work area's tabs
 * @param dialogs the window's dialogs, errors and file choosers
 */
public record WindowParts(MainWindowViewModel state, WorkTabs tabs, WindowDialogs dialogs) {}
