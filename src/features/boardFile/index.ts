// The board file feature's public API: saving a board (or every board) to one file and opening
// such files. The dialogs and the file format are a chunk of their own (requests.ts).
export { BoardFileHost } from './BoardFileHost';
export { OpenBoardFileButton } from './OpenBoardFileButton';
export { backUpEveryBoard, loadBoardFileTools, openBoardFile, saveBoardToFile } from './requests';
