// Where solved challenges are remembered: localStorage, an array of challenge ids. No challenge code here,
// so that the home page can show progress without loading the checks.
export const RETOS_STORAGE_KEY = "segundo-plano:retos";
