export const id = 218;
export const ids = [218];
export const modules = {

/***/ 60218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
// The action's step, main or post: the post step is the same bundle, told apart by the state the main step saved.

async function step() {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('isPost') === 'true') {
        await (await Promise.all(/* import() */[__webpack_require__.e(8209), __webpack_require__.e(7718)]).then(__webpack_require__.bind(__webpack_require__, 27718))).post();
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('isPost', 'true');
        await (await Promise.all(/* import() */[__webpack_require__.e(4929), __webpack_require__.e(8209), __webpack_require__.e(9750), __webpack_require__.e(8780)]).then(__webpack_require__.bind(__webpack_require__, 98780))).run();
    }
}


/***/ })

};
