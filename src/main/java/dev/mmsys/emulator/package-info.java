/**
 * The SIM7600G-H emulator ({@link dev.mmsys.emulator.Sim7600Emulator}) and the MMSC emulator
 * ({@link dev.mmsys.emulator.MmscEmulator}), for tests and for running MMSYS without hardware; both together in
 * one call with {@link dev.mmsys.emulator.EmulatorStack}. How to run them, the carrier profiles, fault injection
 * and every place where they differ from or guess at real behaviour: README.md in this directory.
 */
package dev.mmsys.emulator;
