/*
 * ChildSafe demo LMS: the PLATFORM side of LTI postMessage storage (https://www.imsglobal.org/spec/lti-pm-s/v0p1),
 * as the course page that frames the tool. It answers lti.capabilities, lti.put_data and lti.get_data, only for
 * messages whose origin is the tool's (data-tool-origin of #lti-frame) and only back to that origin; data is kept
 * in this page's memory, per tool origin, and forgotten when the page goes away. Every answered subject is listed
 * in #demo-storage-log.
 */
(function () {
    'use strict';

    var stores = {};

    function log(text) {
        var list = document.getElementById('demo-storage-log');
        if (list) {
            var item = document.createElement('li');
            item.textContent = text;
            list.appendChild(item);
        }
    }

    function onMessage(event) {
        var frame = document.getElementById('lti-frame');
        var data = event.data;
        if (!frame || !data || typeof data !== 'object' || typeof data.subject !== 'string'
                || event.origin !== frame.dataset.toolOrigin || !event.source) {
            return;
        }
        var store = stores[event.origin] || (stores[event.origin] = {});
        var answer = {subject: data.subject + '.response', message_id: data.message_id};
        if (data.subject === 'lti.capabilities') {
            answer.supported_messages = [{subject: 'lti.capabilities'}, {subject: 'lti.put_data'}, {subject: 'lti.get_data'}];
        } else if (data.subject === 'lti.put_data' && typeof data.key === 'string' && typeof data.value === 'string') {
            store[data.key] = data.value;
            answer.key = data.key;
            answer.value = data.value;
        } else if (data.subject === 'lti.get_data' && typeof data.key === 'string') {
            answer.key = data.key;
            if (Object.prototype.hasOwnProperty.call(store, data.key)) {
                answer.value = store[data.key];
            } else {
                answer.error = {code: 'bad_request', message: 'no value for this key'};
            }
        } else {
            answer.error = {code: 'unsupported_subject', message: 'not supported'};
        }
        event.source.postMessage(answer, event.origin);
        log(answer.subject + (answer.error ? ' (' + answer.error.code + ')' : ''));
    }

    window.addEventListener('message', onMessage);
}());
