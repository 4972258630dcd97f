import QtQuick

// The result from the moment it is taken until the member leaves: "review" (not sent yet; sent in the
// background after a few seconds), "submitting" (its first delivery in flight) and "done" (where it
// went, per destination, the values still on screen, and a take-away code).
ResultPage { objectName: vm.screen + "Screen"; mode: vm.screen }
