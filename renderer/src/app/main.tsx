import './global.css'
import { startApp } from './start-app'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('renderer/index.html lacks the #root element')
void startApp(rootElement)
