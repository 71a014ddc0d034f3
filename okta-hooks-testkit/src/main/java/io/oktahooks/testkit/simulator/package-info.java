/**
 * Plays Okta against a running endpoint: {@link io.oktahooks.testkit.simulator.OktaSimulator} sends a hook call the way Okta does and checks the reply against Okta's contract; {@code SimulatorCli} does the same from a shell.
 */
@NullMarked
package io.oktahooks.testkit.simulator;

import org.jspecify.annotations.NullMarked;
