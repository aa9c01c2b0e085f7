package org.childsafe.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.childsafe.deploy.FacesPages.UnexpectedPageException;
import org.junit.jupiter.api.Test;

class UsersTest {

    @Test
    void failuresAreNamedAsTheUserMetThem() {
        assertThat(Users.kind(new UnexpectedPageException(503, "x"))).isEqualTo("HTTP 503");
        assertThat(Users.kind(new UnexpectedPageException(200, "no form"))).isEqualTo("unexpected page");
        assertThat(Users.kind(new ConnectException())).isEqualTo("refused");
        assertThat(Users.kind(new HttpTimeoutException("slow"))).isEqualTo("timeout");
        assertThat(Users.kind(new IOException("closed"))).isEqualTo("connection lost");
    }

    @Test
    void whatTheUserSawIsThePagesTextWithoutMarkupOrHead() {
        String page = "<html><head><title>t</title><script>var x;</script></head><body>\n<h1>Something went wrong</h1>"
                + "\n  <p>Nothing was saved.</p></body></html>";

        assertThat(Users.shown(new UnexpectedPageException(500, "GET / answered 500", page)))
                .isEqualTo("Something went wrong Nothing was saved.");
        assertThat(Users.shown(new ConnectException("Connection refused"))).isEqualTo("Connection refused");
    }
}
