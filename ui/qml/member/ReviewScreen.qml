import QtQuick

// The finished result before it is sent; it is sent in the background after a few seconds.
ResultPage { objectName: "reviewScreen"; mode: "review" }
