/**
 * The training engine behind Kiln's live demos: dense layers, losses, optimizers and datasets in
 * plain Java, so the same code runs on the JVM at build time and in the browser through TeaVM.
 *
 * <p>Empty until the demo issue lands; the module exists so the build layout is final.
 */
package dev.kiln.demo.engine;
