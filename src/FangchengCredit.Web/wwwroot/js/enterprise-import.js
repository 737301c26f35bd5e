// Enterprise import: a large file takes a few seconds, so the button says so and cannot be pressed twice.
(function () {
    'use strict';
    var form = document.querySelector('[data-import-form]');
    if (!form) return;
    form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) return;
        var button = form.querySelector('[data-busy-text]');
        if (button) {
            button.disabled = true;
            button.textContent = button.getAttribute('data-busy-text');
        }
    });
})();
