import QtQuick

// The result stays on screen while its first delivery is in flight.
ResultPage { objectName: "submittingScreen"; mode: "submitting" }
