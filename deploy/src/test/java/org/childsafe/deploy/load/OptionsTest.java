package org.childsafe.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreABoundedRunOnThisHelpersPorts() {
        Options options = Options.parse();

        assertThat(options.seconds()).isEqualTo(LoadAndFault.DEFAULT_SECONDS).isLessThanOrEqualTo(LoadAndFault.MAX_SECONDS);
        assertThat(options.outageSeconds()).isEqualTo(30);
        assertThat(options.maxOps()).isEqualTo(LoadAndFault.DEFAULT_MAX_OPS);
    }

    @Test
    void readsNamedValues() {
        Options options = Options.parse("--seconds", "120", "--pupils", "5", "--outage", "10");

        assertThat(options.seconds()).isEqualTo(120);
        assertThat(options.pupils()).isEqualTo(5);
        assertThat(options.outageSeconds()).isEqualTo(10);
    }

    @Test
    void refusesAnUnboundedOrUnknownRun() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--seconds", "3600"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--threads", "4"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--seconds"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--seconds", "lots"));
    }

    @Test
    void theLoadAverageIsTheFirstFigureOfProcLoadavg() {
        assertThat(LoadSampler.parse("17.52 12.58 9.59 5/467 12345\n")).isEqualTo(17.52);
    }
}
