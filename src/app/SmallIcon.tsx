// A Material icon as a plain inline <svg> (the path of @mui/icons-material's icon), sized and coloured like MUI's
// SvgIcon fontSize="small" by theme-classes.css: no SvgIcon, so no style work on the page's first render.
export function SmallIcon({ path }: { path: string }) {
  return (
    <svg className="pe-icon-small" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}
