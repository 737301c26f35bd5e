// The enterprise form: "主要负责人同法定代表人" and the list of actual controllers. Without script the form still works:
// the checkbox is honoured by the server and a blank controller row is ignored.
(function () {
    'use strict';
    var form = document.querySelector('[data-controllers]') && document.querySelector('[data-controllers]').closest('form');
    if (!form) {
        return;
    }

    var same = form.querySelector('[data-same-as-legal]');
    var principal = form.querySelector('[data-principal-fields]');
    function syncPrincipal() {
        if (!same || !principal) {
            return;
        }
        principal.classList.toggle('d-none', same.checked);
        principal.querySelectorAll('input').forEach(function (input) {
            input.disabled = same.checked;
        });
    }
    if (same) {
        same.addEventListener('change', syncPrincipal);
        syncPrincipal();
    }

    var list = form.querySelector('[data-controllers]');
    var template = form.querySelector('[data-controller-template]');

    // Model binding needs ActualControllers[0..n-1] without gaps, so rows are renumbered after every change.
    function renumber() {
        list.querySelectorAll('[data-person-row]').forEach(function (row, index) {
            row.querySelectorAll('[name], [id], label[for], [data-valmsg-for]').forEach(function (el) {
                ['name', 'id', 'for', 'data-valmsg-for'].forEach(function (attr) {
                    var value = el.getAttribute(attr);
                    if (value) {
                        el.setAttribute(attr, value.replace(/ActualControllers(\[|_)(\d+|__i__)(\]|_)/, function (_, open, __, close) {
                            return 'ActualControllers' + open + index + close;
                        }));
                    }
                });
            });
        });
    }

    form.addEventListener('click', function (event) {
        var add = event.target.closest('[data-add-controller]');
        if (add && template) {
            list.appendChild(template.content.cloneNode(true));
            renumber();
            var inputs = list.querySelectorAll('[data-person-row]:last-child input:not([type=hidden])');
            if (inputs.length) {
                inputs[0].focus();
            }
            return;
        }
        var remove = event.target.closest('[data-remove-controller]');
        if (remove) {
            remove.closest('[data-person-row]').remove();
            renumber();
        }
    });
})();
