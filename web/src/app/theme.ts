import type { ThemeConfig } from 'antd';

// Government blue, compact radius, system CJK fonts: what Zhejiang's 政务 systems look like.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1257c8',
    colorInfo: '#1257c8',
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#0b3a86', headerHeight: 56, headerPadding: '0 20px', bodyBg: '#f0f2f5', siderBg: '#ffffff', footerBg: 'transparent' },
    Menu: { itemHeight: 44, itemMarginInline: 8, itemBorderRadius: 6 },
    Table: { headerBg: '#f5f7fa', headerColor: '#1f2937' },
    Card: { headerFontSize: 15 },
  },
};
