/*
 * Safety lessons: after each page load, move keyboard focus to the element the server marked with
 * data-focus="true" (the step heading, the feedback, or the ordering item just moved), so keyboard and
 * screen-reader users continue exactly where the change happened. Print buttons print.
 */
(function () {
    "use strict";
    function ready() {
        var target = document.querySelector("[data-focus='true']");
        if (target && document.getElementById("ls-postback")) {
            if (!target.hasAttribute("tabindex") && !/^(BUTTON|INPUT|A|SELECT|TEXTAREA)$/.test(target.tagName)) {
                target.setAttribute("tabindex", "-1");
            }
            target.focus();
        }
        var print = document.querySelectorAll("[data-print]");
        for (var i = 0; i < print.length; i++) {
            print[i].addEventListener("click", function () { window.print(); });
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", ready);
    } else {
        ready();
    }
})();
