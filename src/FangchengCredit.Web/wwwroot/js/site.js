// Site-wide behaviour, loaded from a file because the CSP forbids inline script.
(function () {
    'use strict';
    // Buttons marked data-confirm ask before their form is sent (lock account, verify chain…).
    document.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
    // Print buttons.
    document.addEventListener('click', function (event) {
        var target = event.target.closest('[data-print]');
        if (target) {
            event.preventDefault();
            window.print();
        }
    });
})();
