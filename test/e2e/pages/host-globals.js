// Globals with the names of the widget's own building blocks, as a host page may have them.
window.h = function hostH() { return 'host h'; };
window.Fuse = function HostFuse() { this.host = true; };
window.marked = { parse: function () { return 'host marked'; } };
