// The UI language, kept in localStorage so it survives reloads. Plain module: the API client reads it too.
export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'yqs.lang';

export function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = readStoredLang();

export function currentLang(): Lang {
  return current;
}

export function storeLang(lang: Lang): void {
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: keep the choice for this page only
  }
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The value sent as Accept-Language with every API call. */
export function acceptLanguage(lang: Lang = current): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
