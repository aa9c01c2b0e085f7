/*
 * ChildSafe: LTI client-side postMessage storage, tool side.
 * Specs: https://www.imsglobal.org/spec/lti-cs-oidc/v0p1 (OIDC login with client-side postMessages) and
 * https://www.imsglobal.org/spec/lti-pm-s/v0p1 (postMessage storage).
 *
 * The page carries its parameters in data-* attributes of #lti-storage (no inline script: CSP script-src 'self').
 *  - data-mode="put" (login initiation): store state and nonce in the platform's storage frame, then go on to the
 *    platform's authorization endpoint (data-continue) whatever happens: the binding cookie may still work.
 *  - data-mode="get" (launch without the binding cookie): read the binding stored under data-state-key and post
 *    the launch again with it; report "origin" when the platform's frame answers from an origin other than
 *    data-origin (the launch then fails closed), or "unavailable" (the tool then offers a new window).
 * Every answer is checked: event.origin equals the platform's OIDC origin, message_id is ours, subject is the
 * expected ".response". Stored values are only ever posted with targetOrigin = the platform's origin.
 */
(function () {
    'use strict';

    var TIMEOUT_MS = 3000;

    function messageId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    function platformWindow() {
        if (window.parent && window.parent !== window) {
            return window.parent;
        }
        return window.opener || null;
    }

    function storageFrame(platform, name) {
        if (!name || name === '_parent') {
            return platform;
        }
        try {
            return platform.frames[name] || null;
        } catch (e) {
            return null;
        }
    }

    /**
     * Sends one message and resolves with the checked answer. targetOrigin is '*' only for lti.capabilities,
     * which carries nothing secret; the answer must still come from the platform's origin.
     */
    function ask(win, origin, message, targetOrigin) {
        return new Promise(function (resolve, reject) {
            var foreign = false;
            var timer;
            function done() {
                window.removeEventListener('message', onMessage);
                clearTimeout(timer);
            }
            function onMessage(event) {
                var data = event.data;
                if (!data || typeof data !== 'object' || data.message_id !== message.message_id) {
                    return;
                }
                if (event.origin !== origin) {
                    foreign = true;
                    if (message.subject === 'lti.capabilities') {
                        done();
                        reject(new Error('origin'));
                    }
                    return;
                }
                if (data.subject !== message.subject + '.response') {
                    return;
                }
                done();
                if (data.error) {
                    reject(new Error('unavailable'));
                } else {
                    resolve(data);
                }
            }
            window.addEventListener('message', onMessage);
            timer = setTimeout(function () {
                done();
                reject(new Error(foreign ? 'origin' : 'unavailable'));
            }, TIMEOUT_MS);
            try {
                win.postMessage(message, targetOrigin);
            } catch (e) {
                done();
                reject(new Error('unavailable'));
            }
        });
    }

    /**
     * lti.capabilities, sent to the storage frame named by lti_storage_target (the parent itself for "_parent"):
     * resolves with the frame to use for put/get (the capability's "frame" if the platform names one).
     */
    function storageWindow(d) {
        var platform = platformWindow();
        var first = platform ? storageFrame(platform, d.target) : null;
        if (!first) {
            return Promise.reject(new Error('unavailable'));
        }
        return ask(first, d.origin, {subject: 'lti.capabilities', message_id: messageId()}, '*')
            .then(function (answer) {
                var supported = Array.isArray(answer.supported_messages) ? answer.supported_messages : [];
                var wanted = d.mode === 'put' ? 'lti.put_data' : 'lti.get_data';
                var capability = supported.filter(function (m) { return m && m.subject === wanted; })[0];
                if (!capability) {
                    throw new Error('unavailable');
                }
                var frame = capability.frame ? storageFrame(platform, capability.frame) : first;
                if (!frame) {
                    throw new Error('unavailable');
                }
                return frame;
            });
    }

    function put(d) {
        var go = function () { window.location.replace(d.continue); };
        storageWindow(d).then(function (frame) {
            return ask(frame, d.origin, {subject: 'lti.put_data', message_id: messageId(), key: d.stateKey,
                    value: d.stateValue}, d.origin)
                .then(function () {
                    return ask(frame, d.origin, {subject: 'lti.put_data', message_id: messageId(), key: d.nonceKey,
                            value: d.nonceValue}, d.origin);
                });
        }).then(go, go);
    }

    function get(d) {
        var form = document.getElementById('lti-storage-form');
        function submit(binding, error) {
            form.elements.lti_storage_binding.value = binding || '';
            form.elements.lti_storage_error.value = error || '';
            form.submit();
        }
        storageWindow(d).then(function (frame) {
            return ask(frame, d.origin, {subject: 'lti.get_data', message_id: messageId(), key: d.stateKey}, d.origin);
        }).then(function (answer) {
            if (answer.key !== d.stateKey || typeof answer.value !== 'string' || answer.value === '') {
                throw new Error('unavailable');
            }
            submit(answer.value, '');
        }).catch(function (e) {
            submit('', e && e.message === 'origin' ? 'origin' : 'unavailable');
        });
    }

    function start() {
        var el = document.getElementById('lti-storage');
        if (!el || !el.dataset.origin || !window.Promise || !window.crypto) {
            return;
        }
        if (el.dataset.mode === 'put') {
            put(el.dataset);
        } else if (el.dataset.mode === 'get') {
            get(el.dataset);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
