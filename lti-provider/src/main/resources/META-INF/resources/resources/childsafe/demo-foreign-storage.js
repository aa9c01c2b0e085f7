/*
 * ChildSafe demo LMS, negative case: a storage frame that runs sandboxed (opaque origin "null") and answers every
 * LTI storage message. The tool must not trust it: its answers do not come from the platform's OIDC origin.
 */
(function () {
    'use strict';
    window.addEventListener('message', function (event) {
        var data = event.data;
        if (!data || typeof data !== 'object' || typeof data.subject !== 'string' || !event.source) {
            return;
        }
        event.source.postMessage({
            subject: data.subject + '.response', message_id: data.message_id, key: data.key, value: 'forged',
            supported_messages: [{subject: 'lti.capabilities'}, {subject: 'lti.put_data'}, {subject: 'lti.get_data'}]
        }, '*');
    });
}());
