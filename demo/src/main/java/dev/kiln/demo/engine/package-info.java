/**
 * The training engine behind Kiln's live demos: dense layers, losses, optimizers and datasets in
 * plain Java, so the same code runs on the JVM at build time and in the browser through TeaVM.
 *
 * <p>No TeaVM imports here: {@code dev.kiln.demo.web} is the browser glue. Transcendentals come
 * from {@link dev.kiln.demo.engine.FastMath} and randomness from {@link dev.kiln.demo.engine.Rng},
 * so a run gives the same bits on the JVM, in TeaVM's JavaScript and in its WebAssembly.
 */
package dev.kiln.demo.engine;
