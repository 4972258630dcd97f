import QtQuick

// Where the result went, per destination, with the values still on screen and a take-away code.
ResultPage { objectName: "doneScreen"; mode: "done" }
