/** The studio's entry: styles, then `<clearline-studio>`. */
import './styles.css';
import './ui/studio-shell.ts';
